// placeholder until the irreps layer lands
